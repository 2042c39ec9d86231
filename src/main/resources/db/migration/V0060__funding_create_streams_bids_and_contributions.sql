-- Funding streams, bids/awards profiled by financial year, and partners' contributions.
-- Money is numeric(14,2); a financial year is stored as the calendar year it starts in (2006 = 2006/07).
create table funding_streams (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    name           text not null,
    kind           text not null,
    source_body    text not null,
    capital_revenue text not null,
    amount         numeric(14,2),
    conditions     text,
    starts_on      date,
    ends_on        date,
    source         text not null,
    unique (partnership_id, name),
    check (ends_on is null or starts_on is null or ends_on >= starts_on)
);

create table funding_bids (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnerships (id),
    stream_id       bigint references funding_streams (id),
    reference       text not null,
    title           text not null,
    block           text,
    target_kind     text not null,
    target_id       bigint,
    target_label    text not null,
    total           numeric(14,2),
    matching_required boolean not null default false,
    status          text not null,
    description     text,
    source          text not null,
    position        int not null default 0,
    unique (partnership_id, reference)
);
create index funding_bids_partnership on funding_bids (partnership_id, position);

-- The lines a request is made of when it has several (Appendix 5: options, items); an alternative is not counted.
create table funding_bid_items (
    id          bigint generated always as identity primary key,
    bid_id      bigint not null references funding_bids (id),
    label       text not null,
    amount      numeric(14,2) not null,
    alternative boolean not null default false,
    position    int not null
);

create table funding_bid_years (
    bid_id      bigint not null references funding_bids (id),
    year_start  int not null check (year_start between 1990 and 2100),
    amount      numeric(14,2) not null,
    primary key (bid_id, year_start)
);

create table funding_contributions (
    id                bigint generated always as identity primary key,
    partnership_id    bigint not null references partnerships (id),
    bid_id            bigint not null references funding_bids (id),
    contributor       text not null,
    organisation_id   bigint references organisations (id),
    amount            numeric(14,2),
    contribution_type text not null,
    status            text not null,
    year_start        int check (year_start between 1990 and 2100),
    refund            boolean not null default false,
    note              text,
    source            text not null,
    position          int not null default 0,
    check (amount is null or amount >= 0 or refund)
);
create index funding_contributions_bid on funding_contributions (bid_id);
