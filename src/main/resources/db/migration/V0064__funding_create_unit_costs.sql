-- The business case's unit costs: supplied by the partnership, each with its source. Nothing is hard-coded.
create table funding_unit_costs (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    key            text not null,
    label          text not null,
    low            numeric(14,2) not null check (low >= 0),
    high           numeric(14,2) not null check (high >= low),
    unit           text not null,
    source         text not null,
    unique (partnership_id, key)
);
