-- The import writes an England file's ~33,000 rows of indicator_values in one COPY. Two per-row checks cost more
-- than the rest of the COPY together (docs/performance.md "Evidence import", docs/adr/0008 addendum):
--
-- 1. The pattern CHECK on area_code, a regular expression per row. It guards nothing the import does not already
--    guarantee: every code is checked against the LSOAs NM Hub holds (places_lsoas) before anything is written.
-- 2. The foreign key to indicator_datasets, which PostgreSQL checks with one lookup per row (an after-row trigger
--    and a query each). It is replaced by statement-level triggers with transition tables that enforce the same
--    rule once per statement with one set-based query: a row of indicator_values refers to an existing dataset
--    (checked on insert and update, with the dataset rows locked FOR KEY SHARE as the foreign key would lock them),
--    a dataset cannot change its id, and deleting a dataset deletes its values (as "on delete cascade" did).
alter table indicator_values drop constraint indicator_values_area_code_check;
alter table indicator_values drop constraint indicator_values_dataset_id_fkey;

create function indicator_values_check_datasets() returns trigger language plpgsql as $$
declare
    missing bigint;
begin
    perform 1 from indicator_datasets d
    where d.id in (select distinct n.dataset_id from new_rows n)
    for key share;
    select n.dataset_id into missing from new_rows n
    where not exists (select 1 from indicator_datasets d where d.id = n.dataset_id)
    limit 1;
    if found then
        raise foreign_key_violation using
            message = 'insert or update on table "indicator_values" violates its reference to indicator_datasets',
            detail = format('Key (dataset_id)=(%s) is not present in table "indicator_datasets".', missing);
    end if;
    return null;
end $$;

create trigger indicator_values_dataset_exists_on_insert after insert on indicator_values
    referencing new table as new_rows for each statement execute function indicator_values_check_datasets();
create trigger indicator_values_dataset_exists_on_update after update on indicator_values
    referencing new table as new_rows for each statement execute function indicator_values_check_datasets();

create function indicator_datasets_delete_values() returns trigger language plpgsql as $$
begin
    delete from indicator_values v using old_rows o where v.dataset_id = o.id;
    return null;
end $$;

create trigger indicator_datasets_cascade_to_values after delete on indicator_datasets
    referencing old table as old_rows for each statement execute function indicator_datasets_delete_values();

create function indicator_datasets_keep_id() returns trigger language plpgsql as $$
begin
    if new.id <> old.id then
        raise foreign_key_violation using message = 'the id of an indicator dataset cannot change';
    end if;
    return new;
end $$;

create trigger indicator_datasets_id_is_fixed before update of id on indicator_datasets
    for each row execute function indicator_datasets_keep_id();
