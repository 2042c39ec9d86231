-- A plan's priorities, each with its evidence as typed links (profile indicator, engagement,
-- community intelligence or document) so that plans depend on no module that links to them.
create table plan_priorities (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    plan_id        bigint not null references action_plans (id),
    lineage_key    uuid not null,
    position       integer not null,
    title          text not null,
    description    text not null default '',
    category       text not null check (category in ('PLACE', 'PERSON', 'BOTH')),
    laa_theme      text not null default '',
    reference      text not null default '',
    unique (plan_id, lineage_key)
);
create index plan_priorities_plan on plan_priorities (plan_id);

create table plan_evidence_links (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    priority_id    bigint not null references plan_priorities (id),
    position       integer not null,
    kind           text not null check (kind in ('PROFILE_INDICATOR', 'ENGAGEMENT', 'INTELLIGENCE', 'DOCUMENT')),
    reference      text not null,
    label          text not null
);
create index plan_evidence_links_priority on plan_evidence_links (priority_id);
