-- The Local Area Agreement's performance framework: versions (the refresh makes a new version),
-- blocks -> outcomes -> indicators, baselines, targets per period and stretch (reward) targets.
create table performance_versions (
    id                 bigint generated always as identity primary key,
    partnership_id     bigint not null references partnerships (id),
    version_no         integer not null,
    name               text not null,
    signed_on          date,
    -- the most the reward targets pay if all are met in full, where the agreement states it
    maximum_reward     numeric(14, 2),
    -- RAG tolerance: an actual within this % of the trajectory (in the bad direction) is amber
    amber_tolerance_pct numeric(6, 2) not null default 5,
    -- roll-up from indicators to outcomes and blocks: WORST (worst of) or WEIGHTED (by weight)
    rollup             text not null default 'WORST' check (rollup in ('WORST', 'WEIGHTED')),
    source             text not null,
    created_at         timestamptz not null default now(),
    unique (partnership_id, version_no)
);

create table performance_blocks (
    id                   bigint generated always as identity primary key,
    partnership_id       bigint not null references partnerships (id),
    version_id           bigint not null references performance_versions (id),
    code                 text not null,
    name                 text not null,
    lead_organisation_id bigint references organisations (id),
    position             integer not null default 0,
    source               text not null,
    unique (version_id, code),
    unique (version_id, name)
);

create table performance_outcomes (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    version_id     bigint not null references performance_versions (id),
    block_id       bigint not null references performance_blocks (id),
    code           text not null,
    title          text not null,
    source         text not null,
    unique (version_id, code)
);

create table performance_indicators (
    id                         bigint generated always as identity primary key,
    partnership_id             bigint not null references partnerships (id),
    version_id                 bigint not null references performance_versions (id),
    outcome_id                 bigint not null references performance_outcomes (id),
    code                       text not null,
    title                      text not null,
    definition                 text,
    unit                       text,
    polarity                   text not null default 'HIGHER_IS_BETTER'
                               check (polarity in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    data_source                text,
    frequency                  text not null default 'QUARTERLY'
                               check (frequency in ('MONTHLY', 'QUARTERLY', 'SIX_MONTHLY', 'ANNUAL')),
    lead_organisation_id       bigint references organisations (id),
    data_owner_organisation_id bigint references organisations (id),
    mandatory                  boolean not null default false,
    baseline_value             numeric(18, 4),
    baseline_date              date,
    -- an actual outside this range is refused
    minimum_value              numeric(18, 4),
    maximum_value              numeric(18, 4),
    -- weight in a weighted roll-up
    weight                     numeric(8, 2) not null default 1,
    -- the NM Hub indicator (key) that measures this by neighbourhood, if any
    neighbourhood_indicator    text,
    source                     text not null,
    unique (version_id, code)
);

create index performance_indicators_owner on performance_indicators (partnership_id, data_owner_organisation_id);

create table performance_targets (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    indicator_id   bigint not null references performance_indicators (id) on delete cascade,
    target_date    date not null,
    target_value   numeric(18, 4) not null,
    unique (indicator_id, target_date)
);

create table performance_stretch_targets (
    id                   bigint generated always as identity primary key,
    partnership_id       bigint not null references partnerships (id),
    version_id           bigint not null references performance_versions (id),
    block_id             bigint not null references performance_blocks (id),
    indicator_id         bigint references performance_indicators (id),
    code                 text not null,
    title                text not null,
    -- the level expected without the reward, and the stretched level that earns it
    target_without_stretch numeric(18, 4),
    stretch_target       numeric(18, 4),
    target_date          date,
    maximum_reward       numeric(14, 2),
    -- reward rule: nothing below this share of the stretch; above it, in proportion (or in full)
    minimum_threshold_pct numeric(6, 2) not null default 0,
    proportional         boolean not null default true,
    source               text not null,
    unique (version_id, code)
);
