-- Annual self-assessment of a district or neighbourhood against the essential elements of
-- neighbourhood management, with evidence, improvement actions and peer reviews.
create table self_assessments (
    id bigserial primary key,
    partnership_id bigint not null references partnerships (id),
    scope_kind text not null check (scope_kind in ('DISTRICT', 'NEIGHBOURHOOD')),
    scope_key text not null,
    scope_name text not null,
    year_starting int not null check (year_starting between 2000 and 2100),
    status text not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED')),
    created_by text not null,
    created_at timestamp with time zone not null default now(),
    submitted_by text,
    submitted_at timestamp with time zone,
    version int not null default 0,
    unique (partnership_id, scope_kind, scope_key, year_starting)
);

create table self_assessment_scores (
    assessment_id bigint not null references self_assessments (id) on delete cascade,
    element_key text not null,
    score int check (score between 1 and 4),
    -- what NM Hub held when the assessment was started, one fact per line
    prefilled text not null default '',
    evidence text not null default '' check (length(evidence) <= 4000),
    improvement_action text not null default '' check (length(improvement_action) <= 2000),
    primary key (assessment_id, element_key)
);

create table self_assessment_peer_reviews (
    id bigserial primary key,
    assessment_id bigint not null references self_assessments (id) on delete cascade,
    reviewer_user_id bigint not null,
    reviewer_name text not null,
    reviewer_district text,
    comment text not null check (length(comment) between 1 and 4000),
    created_at timestamp with time zone not null default now()
);
