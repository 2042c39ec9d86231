-- Three-to-five-year financial plans per partnership, district or neighbourhood: each year's sources,
-- special funding or mainstream, planned against actual spend returns.
create table funding_plans (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnerships (id),
    scope           text not null,
    scope_code      text,
    scope_name      text not null,
    title           text not null,
    first_year      int not null check (first_year between 1990 and 2100),
    years           int not null check (years between 3 and 5),
    source          text not null,
    unique (partnership_id, title)
);

create table funding_plan_lines (
    id              bigint generated always as identity primary key,
    plan_id         bigint not null references funding_plans (id),
    source_label    text not null,
    funding_kind    text not null,
    year_start      int not null check (year_start between 1990 and 2100),
    planned         numeric(14,2) not null check (planned >= 0),
    actual          numeric(14,2),
    note            text,
    unique (plan_id, source_label, year_start)
);
