-- Frozen baselines of a neighbourhood's key indicators: the values of the neighbourhood,
-- its district, the partnership and England as they stood when frozen. Never recomputed:
-- later updates are compared against these rows (docs/adr/0024).
create table evaluation_baselines (
    id bigserial primary key,
    partnership_id bigint not null references partnerships (id),
    neighbourhood_id bigint not null,
    neighbourhood_key text not null,
    neighbourhood_name text not null,
    district_name text,
    edition_key text not null,
    edition_label text not null,
    note text not null default '' check (length(note) <= 2000),
    frozen_by text not null,
    frozen_at timestamp with time zone not null default now()
);

create index evaluation_baselines_by_neighbourhood on evaluation_baselines (partnership_id, neighbourhood_key, frozen_at);

create table evaluation_baseline_values (
    baseline_id bigint not null references evaluation_baselines (id) on delete cascade,
    position int not null,
    -- 'iod:imd_score', 'local:12', 'survey:Satisfied with the area as a place to live'
    indicator_key text not null,
    source text not null check (source in ('IOD', 'LOCAL', 'SURVEY')),
    label text not null,
    polarity text not null check (polarity in ('HIGHER_IS_WORSE', 'LOWER_IS_WORSE', 'NEUTRAL')),
    -- counts are compared by percentage change, everything else by change in its own units
    counts boolean not null default false,
    -- when the figures are for: 'IoD 2015', '2021-04', '2008'
    measured text not null,
    neighbourhood_value numeric,
    district_value numeric,
    partnership_value numeric,
    england_value numeric,
    -- survey results: the 95% Wilson interval and sample size
    ci_low numeric,
    ci_high numeric,
    sample_size int,
    primary key (baseline_id, position),
    unique (baseline_id, indicator_key)
);

-- frozen means frozen: the values are never updated
create function evaluation_baseline_values_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'baseline values are frozen';
end;
$$;

create trigger evaluation_baseline_values_frozen before update on evaluation_baseline_values
    for each row execute function evaluation_baseline_values_frozen();
