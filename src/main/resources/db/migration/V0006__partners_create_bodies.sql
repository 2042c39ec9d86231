-- Partnership bodies: the board, its sub-groups, district LSPs, NATs, forums, JAGs.
create table partner_bodies (
    id                 bigint generated always as identity primary key,
    partnership_id     bigint not null references partnerships (id),
    name               text not null,
    type               text not null check (type in ('BOARD', 'SUB_GROUP', 'DISTRICT_LSP', 'NAT', 'NEIGHBOURHOOD_FORUM',
                                                     'JAG', 'AREA_FORUM', 'OTHER')),
    district_name      text,
    neighbourhood_name text,
    reports_to_id      bigint references partner_bodies (id),
    terms_of_reference text,
    source             text not null,
    unique (partnership_id, name)
);

create table partner_body_members (
    id        bigint generated always as identity primary key,
    body_id   bigint not null references partner_bodies (id),
    member    text not null,
    position  integer not null
);
