-- Six-monthly reviews of the LAA: the review cycle, its board report settings and the decisions
-- recorded against it (e.g. the SSOG reallocating resources between outcomes).
create table performance_reviews (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    version_id     bigint not null references performance_versions (id),
    title          text not null,
    held_on        date not null,
    -- risks scoring above this (likelihood x impact) are reported as above appetite
    risk_appetite  integer not null default 12 check (risk_appetite between 1 and 25),
    source         text not null,
    unique (partnership_id, title)
);

create table performance_review_decisions (
    id                bigint generated always as identity primary key,
    partnership_id    bigint not null references partnerships (id),
    review_id         bigint not null references performance_reviews (id),
    decided_by        text not null,
    decision          text not null,
    from_outcome_id   bigint references performance_outcomes (id),
    to_outcome_id     bigint references performance_outcomes (id),
    amount            numeric(14, 2) check (amount >= 0),
    recorded_by_name  text not null,
    recorded_at       timestamptz not null default now()
);
