-- Local-intelligence flags added by hand to a selection run: an LSOA included or excluded whatever the rules say,
-- always with a reason. They are copied when the run is re-run on another edition.
create table selection_flags (
    run_id         bigint not null references selection_runs (id),
    partnership_id bigint not null references partnerships (id),
    lsoa_code      text not null,
    include        boolean not null,
    reason         text not null check (reason <> ''),
    primary key (run_id, lsoa_code)
);
