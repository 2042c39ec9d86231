-- indicator_values becomes a table partitioned by dataset: one partition per imported dataset (docs/adr/0030).
-- The import creates the dataset's partition as a plain table with no index and no trigger, COPYs the rows into it,
-- builds its primary key in one pass, and attaches it, all in the import's transaction, so an import is still
-- all-or-nothing. Writing into an indexed table with a statement trigger made the COPY about 2.2 times a plain COPY
-- (docs/performance.md "Evidence import"). Readers are unchanged: they read indicator_values (and the view on it).
-- Rows written through indicator_values itself still go to their dataset's partition, or to the default partition,
-- and are still checked by the statement-level triggers of V0027.
drop view indicator_values_by_indicator;
alter table indicator_values rename to indicator_values_unpartitioned;
alter index indicator_values_pkey rename to indicator_values_unpartitioned_pkey;

create table indicator_values (
    area_code    text not null,
    dataset_id   bigint not null,
    lsoa_vintage smallint not null constraint indicator_values_lsoa_vintage check (lsoa_vintage in (2001, 2011, 2021)),
    "values"     numeric[] not null,
    primary key (area_code, dataset_id)
) partition by list (dataset_id);

create table indicator_values_default partition of indicator_values default;

do $$
declare
    d bigint;
begin
    for d in select distinct dataset_id from indicator_values_unpartitioned order by 1 loop
        execute format('create table %I partition of indicator_values for values in (%s)', 'indicator_values_' || d, d);
    end loop;
end $$;

insert into indicator_values (area_code, dataset_id, lsoa_vintage, "values")
select area_code, dataset_id, lsoa_vintage, "values" from indicator_values_unpartitioned;

drop table indicator_values_unpartitioned;

create trigger indicator_values_dataset_exists_on_insert after insert on indicator_values
    referencing new table as new_rows for each statement execute function indicator_values_check_datasets();
create trigger indicator_values_dataset_exists_on_update after update on indicator_values
    referencing new table as new_rows for each statement execute function indicator_values_check_datasets();

-- Deleting a dataset deletes its values, as before, and drops its partition.
create or replace function indicator_datasets_delete_values() returns trigger language plpgsql as $$
declare
    d bigint;
begin
    delete from indicator_values v using old_rows o where v.dataset_id = o.id;
    for d in select o.id from old_rows o loop
        execute format('drop table if exists %I', 'indicator_values_' || d);
    end loop;
    return null;
end $$;

create view indicator_values_by_indicator as
select d.key           as edition_key,
       d.edition,
       v.dataset_id,
       def.key         as indicator_key,
       c.indicator_id,
       v.lsoa_vintage,
       v.area_code,
       v."values"[c.position] as value
from indicator_values v
join indicator_datasets d on d.id = v.dataset_id
join indicator_dataset_columns c on c.dataset_id = v.dataset_id
join indicator_definitions def on def.id = c.indicator_id;

analyze indicator_values;
