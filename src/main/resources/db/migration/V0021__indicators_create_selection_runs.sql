-- A saved run of the priority-neighbourhood selection tool: its rules and the edition they ran on, so that it can be
-- re-run on another edition and compared. Rules are columns (not a document) so that every rule is checked here.
create table selection_runs (
    id                   bigint generated always as identity primary key,
    partnership_id       bigint not null references partnerships (id),
    name                 text not null,
    edition_key          text not null,
    edition              smallint not null,
    lsoa_vintage         smallint not null check (lsoa_vintage in (2001, 2011, 2021)),
    scope                text not null check (scope in ('PARTNERSHIP', 'ENGLAND')),
    indicator_keys       text[] not null check (cardinality(indicator_keys) > 0),
    threshold_percent    numeric not null check (threshold_percent > 0 and threshold_percent <= 50),
    relative_to          text not null check (relative_to in ('ENGLAND', 'PARTNERSHIP')),
    combine              text not null check (combine in ('ANY', 'ALL')),
    min_cluster_size     integer not null check (min_cluster_size >= 1),
    national_count       integer not null,
    areas_searched       integer not null,
    selected_count       integer not null,
    cluster_count        integer not null,
    compute_millis       integer not null,
    compared_with_run_id bigint references selection_runs (id),
    created_by_user_id   bigint references users (id),
    created_by_name      text not null,
    created_at           timestamptz not null default now()
);
create index selection_runs_partnership on selection_runs (partnership_id, id);
