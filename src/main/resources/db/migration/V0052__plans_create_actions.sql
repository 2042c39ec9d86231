-- Actions under a plan's priorities: who leads (organisation and named officer), who supports,
-- when, with which resources, towards which LAA outcome or indicator, measured how.
-- version is the optimistic lock: an update names the version it started from.
create table plan_actions (
    id                    bigint generated always as identity primary key,
    partnership_id        bigint not null references partnerships (id),
    plan_id               bigint not null references action_plans (id),
    priority_id           bigint not null references plan_priorities (id),
    lineage_key           uuid not null,
    position              integer not null,
    title                 text not null,
    description           text not null default '',
    level                 text check (level in ('S', 'D', 'S/D')),
    reference             text not null default '',
    lead_organisation_id  bigint references organisations (id),
    lead_officer_user_id  bigint references users (id),
    lead_officer_name     text not null default '',
    starts_on             date,
    due_on                date,
    resources_amount      numeric(14, 2) check (resources_amount >= 0),
    resources_source      text not null default '',
    resources_kind        text check (resources_kind in ('CASH', 'IN_KIND')),
    laa_outcome_id        bigint,
    laa_indicator_id      bigint,
    success_measure       text not null default '',
    parish_plan_item      text not null default '',
    public                boolean not null default true,
    source_kind           text,
    source_reference      text,
    version               integer not null default 0,
    updated_by            text,
    updated_at            timestamptz not null default now(),
    unique (plan_id, lineage_key),
    check (due_on is null or starts_on is null or due_on >= starts_on)
);
create index plan_actions_plan on plan_actions (plan_id);
create index plan_actions_lead_officer on plan_actions (lead_officer_user_id);

create table plan_action_partners (
    action_id       bigint not null references plan_actions (id),
    organisation_id bigint not null references organisations (id),
    primary key (action_id, organisation_id)
);
