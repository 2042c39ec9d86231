-- The information-sharing protocol: its versions per partnership, and which partner organisations signed which version.
-- "Current" is the latest version in effect today (effective_from on or before today).
create table partner_sharing_protocols (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    title          text not null,
    version_label  text not null,
    effective_from date not null,
    summary        text not null default '',
    illustrative   boolean not null default false,
    created_at     timestamptz not null default now(),
    unique (partnership_id, version_label)
);

create index partner_sharing_protocols_partnership on partner_sharing_protocols (partnership_id, effective_from);

create table partner_protocol_signatures (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnerships (id),
    protocol_id     bigint not null references partner_sharing_protocols (id),
    organisation_id bigint not null references organisations (id),
    signed_on       date not null,
    signed_by       text not null,
    illustrative    boolean not null default false,
    created_at      timestamptz not null default now(),
    unique (protocol_id, organisation_id)
);

create index partner_protocol_signatures_partnership on partner_protocol_signatures (partnership_id, organisation_id);
