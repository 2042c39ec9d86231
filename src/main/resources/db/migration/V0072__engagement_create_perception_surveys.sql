-- Resident perception survey results (e.g. % feeling safe after dark) per neighbourhood and year, imported
-- from CSV or XLSX, with the sample size and the 95% confidence interval computed on import (Wilson).
create table engagement_survey_imports (
    id                  bigint generated always as identity primary key,
    partnership_id      bigint not null references partnerships (id),
    file_name           text not null,
    sha256              text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    result_count        integer not null,
    imported_by_user_id bigint references users (id),
    imported_by_name    text not null,
    imported_at         timestamptz not null default now(),
    unique (partnership_id, sha256)
);

create table engagement_survey_results (
    id               bigint generated always as identity primary key,
    partnership_id   bigint not null references partnerships (id),
    import_id        bigint not null references engagement_survey_imports (id),
    neighbourhood_id bigint not null references neighbourhoods (id),
    year             integer not null check (year between 1990 and 2100),
    measure          text not null check (length(measure) between 1 and 200),
    percent          numeric(5, 2) not null check (percent between 0 and 100),
    sample_size      integer not null check (sample_size > 0),
    ci_low           numeric(5, 2) not null,
    ci_high          numeric(5, 2) not null,
    unique (partnership_id, neighbourhood_id, year, measure)
);

create index engagement_survey_results_neighbourhood on engagement_survey_results (partnership_id, neighbourhood_id);
