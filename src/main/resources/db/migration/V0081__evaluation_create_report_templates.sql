-- The partnership's tailored evaluation report: which sections it has, in which order, and
-- which indicators its quantitative section shows (empty: every indicator of the baseline).
create table evaluation_report_templates (
    partnership_id bigint primary key references partnerships (id),
    title text not null check (length(title) between 1 and 200),
    sections text[] not null,
    indicator_keys text[] not null default '{}',
    updated_by text not null,
    updated_at timestamp with time zone not null default now()
);
