-- The same values one per row (edition, indicator, area), for reading and reporting in SQL.
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
