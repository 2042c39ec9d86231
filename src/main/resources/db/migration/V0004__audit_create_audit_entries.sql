-- Every write, recorded in the writer's own transaction.
create table audit_entries (
    id             bigint generated always as identity primary key,
    partnership_id bigint references partnerships (id),
    occurred_at    timestamptz not null default now(),
    actor_user_id  bigint references users (id),
    actor_name     text not null,
    action         text not null,
    record_type    text not null,
    record_id      text not null,
    summary        text not null,
    before_values  jsonb,
    after_values   jsonb
);
create index audit_entries_partnership_time on audit_entries (partnership_id, occurred_at desc);
create index audit_entries_record on audit_entries (partnership_id, record_type, record_id);
