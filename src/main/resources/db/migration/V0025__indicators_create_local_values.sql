-- One value per area per period of a partnership's own dataset. The period is 'YYYY-MM',
-- 'YYYY' or a financial year 'YYYY/YY'.
create table indicator_local_values (
    dataset_id   bigint not null references indicator_local_datasets (id) on delete cascade,
    area_code    text not null,
    period       text not null check (period ~ '^[0-9]{4}(-[0-9]{2}|/[0-9]{2})?$'),
    value        numeric not null,
    numerator    numeric,
    denominator  numeric,
    primary key (dataset_id, area_code, period)
);
