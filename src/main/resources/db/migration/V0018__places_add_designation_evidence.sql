-- The evidence behind a designation (a report, a selection run, local intelligence), and who recorded it.
alter table neighbourhood_designations add column evidence text not null default '';
alter table neighbourhood_designations add column recorded_by_name text;
