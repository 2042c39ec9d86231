-- What each indicator means: national reference data, shared by every partnership. Rows are added by the importer
-- from its catalogue of the Indices of Deprivation columns (see IodColumns).
create table indicator_definitions (
    id          smallint generated always as identity primary key,
    key         text not null unique check (key ~ '^[a-z0-9_]+$'),
    name        text not null,
    domain      text not null,
    measure     text not null check (measure in ('SCORE', 'RANK', 'DECILE', 'COUNT', 'RATE')),
    -- HIGHER_IS_WORSE for IoD scores; LOWER_IS_WORSE for ranks and deciles (rank 1 = most deprived)
    polarity    text not null check (polarity in ('HIGHER_IS_WORSE', 'LOWER_IS_WORSE', 'NEUTRAL')),
    -- how values combine over several areas: ranks and deciles are never averaged
    aggregation text not null check (aggregation in ('POPULATION_WEIGHTED_MEAN', 'SUM', 'DISTRIBUTION'))
);
