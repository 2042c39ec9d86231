-- The import of an England file writes ~33,000 rows of indicator_values for one new dataset in one COPY
-- (docs/performance.md "Evidence import", docs/adr/0008 addendum of 2026-12-06).
--
-- 1. The primary key becomes (dataset_id, area_code). A new dataset has the highest id, and the import writes its rows
--    in area code order, so every index entry is appended at the right-most leaf instead of being inserted among
--    every earlier dataset's entries for the same area. (dataset, area) stays unique; lookups by dataset, and by
--    dataset and areas, use the key; NM Hub has no reader that looks an area up across every dataset without naming
--    an edition or dataset (they join indicator_datasets or name the dataset first).
alter table indicator_values drop constraint indicator_values_pkey;
alter table indicator_values add primary key (dataset_id, area_code);

-- 2. The rule that every row refers to an existing dataset (V0027) is checked without a transition table. The
--    transition table copied every written row (~12 MB for an England file) into a tuple store that the check then
--    read twice; the same rule can be checked over the whole table by visiting each distinct dataset_id once in the
--    key (a "loose index scan": one index probe per dataset, a few dozen at most), whatever the statement wrote.
--    Every dataset that has values is locked FOR KEY SHARE, a superset of the rows the statement referred to, so a
--    concurrent delete of any of them waits as it would for the foreign key. A violation still raises
--    foreign_key_violation (SQLSTATE 23503). Deleting datasets still deletes their values (V0027's trigger, kept).
drop trigger indicator_values_dataset_exists_on_insert on indicator_values;
drop trigger indicator_values_dataset_exists_on_update on indicator_values;
drop function indicator_values_check_datasets();

create function indicator_values_check_datasets() returns trigger language plpgsql as $$
declare
    referenced bigint[];
    missing bigint;
begin
    with recursive ids(id) as (
        (select v.dataset_id from indicator_values v order by v.dataset_id limit 1)
        union all
        select (select v.dataset_id from indicator_values v where v.dataset_id > ids.id
                order by v.dataset_id limit 1)
        from ids where ids.id is not null
    )
    select coalesce(array_agg(id), '{}') into referenced from ids where id is not null;
    perform 1 from indicator_datasets d where d.id = any(referenced) for key share;
    select r into missing from unnest(referenced) r
    where not exists (select 1 from indicator_datasets d where d.id = r)
    limit 1;
    if found then
        raise foreign_key_violation using
            message = 'insert or update on table "indicator_values" violates its reference to indicator_datasets',
            detail = format('Key (dataset_id)=(%s) is not present in table "indicator_datasets".', missing);
    end if;
    return null;
end $$;

create trigger indicator_values_dataset_exists_on_insert after insert on indicator_values
    for each statement execute function indicator_values_check_datasets();
create trigger indicator_values_dataset_exists_on_update after update on indicator_values
    for each statement execute function indicator_values_check_datasets();

-- 3. The import analyses only dataset_id (the rows per dataset, which its new dataset changes), from a smaller sample:
--    30 values are enough for the datasets' most-common-values list. area_code's statistics (one row per LSOA per
--    dataset) barely change with a new dataset of a vintage already held; autovacuum's analyse keeps them.
alter table indicator_values alter column dataset_id set statistics 30;
