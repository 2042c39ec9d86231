-- Reminders sent to actions' lead officers: one per action (across plan versions), kind and due date,
-- so that a daily run never sends the same reminder twice and a new due date is reminded afresh.
create table plan_action_reminders (
    partnership_id bigint not null references partnerships (id),
    action_lineage uuid not null,
    kind           text not null check (kind in ('DUE_SOON', 'OVERDUE')),
    due_on         date not null,
    sent_to        text not null,
    queued_at      timestamptz not null default now(),
    primary key (action_lineage, kind, due_on)
);
