create table users (
    id                   bigint generated always as identity primary key,
    email                text not null unique check (email = lower(email)),
    display_name         text not null,
    password_hash        text not null,
    organisation_id      bigint not null references organisations (id),
    enabled              boolean not null default true,
    must_change_password boolean not null default false,
    failed_sign_ins      integer not null default 0,
    locked_until         timestamptz,
    created_at           timestamptz not null default now()
);

-- A user's role in one partnership. District coordinators are scoped to a district (LAD code),
-- neighbourhood managers to a set of neighbourhoods (their keys).
create table memberships (
    id                 bigint generated always as identity primary key,
    user_id            bigint not null references users (id),
    partnership_id     bigint not null references partnerships (id),
    role               text not null check (role in ('ADMINISTRATOR', 'PERFORMANCE_OFFICER', 'DISTRICT_COORDINATOR',
                                                     'NEIGHBOURHOOD_MANAGER', 'PARTNER_OFFICER', 'BOARD_MEMBER')),
    district_code      text,
    neighbourhood_keys text[] not null default '{}',
    version            integer not null default 0,
    unique (user_id, partnership_id),
    check (role <> 'DISTRICT_COORDINATOR' or district_code is not null)
);
create index memberships_partnership on memberships (partnership_id);
