-- One row per LSOA searched by a selection run: whether it was selected, its cluster, the numbers that decided it
-- (per indicator: value, position, out of how many, percent, whether it passed) and the reason in words.
create table selection_results (
    run_id         bigint not null references selection_runs (id),
    partnership_id bigint not null references partnerships (id),
    lsoa_code      text not null,
    lsoa_name      text not null,
    district_name  text not null default '',
    candidate      boolean not null,
    selected       boolean not null,
    cluster_number integer,
    measures       jsonb not null,
    reason         text not null,
    primary key (run_id, lsoa_code)
);
create index selection_results_partnership on selection_results (partnership_id, run_id);
