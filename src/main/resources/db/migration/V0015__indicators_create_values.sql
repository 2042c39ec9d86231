-- The values: one row per area per dataset, holding that area's value of every indicator of the dataset in
-- column order (values[position] of indicator_dataset_columns). One row per area rather than per value keeps an
-- England file at ~33,000 rows instead of ~800,000, so the import keeps pace with a plain COPY of the file
-- (docs/adr/0008, docs/performance.md). (dataset, indicator, area) is unique because (area, dataset) is the key
-- and an indicator has one position per dataset. The key also serves lookups by area.
create table indicator_values (
    area_code    text not null check (area_code ~ '^[EW]01[0-9]{6}$'),
    dataset_id   bigint not null references indicator_datasets (id) on delete cascade,
    lsoa_vintage smallint not null check (lsoa_vintage in (2001, 2011, 2021)),
    "values"     numeric[] not null,
    primary key (area_code, dataset_id)
);
