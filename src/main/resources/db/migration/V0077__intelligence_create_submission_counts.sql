-- Submissions of the public "tell us" form per client (a hash of its address) per hour, kept in the database so
-- the limit holds across several app instances.
create table intelligence_submission_counts (
    client_key   text not null,
    window_start timestamptz not null,
    submissions  integer not null,
    primary key (client_key, window_start)
);
