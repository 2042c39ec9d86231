-- The partners' agreement: per organisation and partnership, what it commits and what it can expect in return,
-- with start and review dates; delivery is tracked against each commitment.
create table partner_agreements (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnerships (id),
    organisation_id bigint not null references organisations (id),
    starts_on       date not null,
    review_on       date not null check (review_on >= starts_on),
    expects         text not null default '',
    source          text not null default 'Recorded in NM Hub',
    illustrative    boolean not null default false,
    unique (partnership_id, organisation_id, starts_on)
);

create table partner_commitments (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnerships (id),
    agreement_id    bigint not null references partner_agreements (id),
    organisation_id bigint not null references organisations (id),
    kind            text not null check (kind in ('STAFF_TIME', 'MONEY', 'DATA', 'ATTENDANCE')),
    description     text not null,
    amount          numeric(14, 2) check (amount is null or amount >= 0),
    due_on          date,
    illustrative    boolean not null default false
);

create index partner_commitments_organisation on partner_commitments (partnership_id, organisation_id);

create table partner_commitment_deliveries (
    id            bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    commitment_id bigint not null references partner_commitments (id),
    recorded_on   date not null,
    status        text not null check (status in ('DELIVERED', 'PARTLY_DELIVERED', 'NOT_DELIVERED')),
    note          text not null default '',
    illustrative  boolean not null default false
);

create index partner_commitment_deliveries_commitment on partner_commitment_deliveries (commitment_id, recorded_on);
