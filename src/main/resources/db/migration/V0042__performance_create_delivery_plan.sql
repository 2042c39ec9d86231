-- The LAA delivery plan: projects per block (or across the agreement), their milestones, and risks.
create table performance_projects (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    version_id     bigint not null references performance_versions (id),
    block_id       bigint references performance_blocks (id),
    name           text not null,
    manager        text,
    budget         numeric(14, 2) check (budget >= 0),
    source         text not null,
    unique (version_id, name)
);

create table performance_milestones (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    project_id     bigint not null references performance_projects (id),
    title          text not null,
    due_on         date not null,
    achieved_on    date,
    source         text not null
);

create table performance_risks (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    version_id     bigint not null references performance_versions (id),
    block_id       bigint references performance_blocks (id),
    project_id     bigint references performance_projects (id),
    description    text not null,
    -- 1 (rare / negligible) to 5 (almost certain / severe); empty until assessed
    likelihood     integer check (likelihood between 1 and 5),
    impact         integer check (impact between 1 and 5),
    owner          text,
    mitigation     text,
    source         text not null
);
