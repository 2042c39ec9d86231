-- Progress on an action, kept against its lineage so that it carries across plan versions.
create table plan_action_updates (
    id                  bigint generated always as identity primary key,
    partnership_id      bigint not null references partnerships (id),
    action_lineage      uuid not null,
    action_id           bigint not null references plan_actions (id),
    rag                 text not null check (rag in ('RED', 'AMBER', 'GREEN')),
    percent_complete    integer not null check (percent_complete between 0 and 100),
    narrative           text not null,
    evidence            text not null default '',
    completed           boolean not null default false,
    recorded_by_user_id bigint references users (id),
    recorded_by         text not null,
    recorded_at         timestamptz not null default now()
);
create index plan_action_updates_lineage on plan_action_updates (action_lineage, recorded_at desc);
