-- The toolkit: good-practice material, guidance and templates, searchable by PostgreSQL
-- full-text search; and the glossary of abbreviations shown as tooltips across the UI.
-- partnership_id null = shared reference material every partnership sees.
-- array_to_string is only stable (it could format other element types by locale); for
-- text[] it is immutable in fact, which a generated column needs.
create function toolkit_tags_text(tags text[]) returns text
    language sql immutable parallel safe
    as $$ select array_to_string(tags, ' ') $$;

create table toolkit_items (
    id bigserial primary key,
    partnership_id bigint references partnerships (id),
    kind text not null check (kind in ('CASE_STUDY', 'GUIDANCE', 'TEMPLATE', 'EVALUATION', 'OTHER')),
    title text not null check (length(title) between 1 and 200),
    summary text not null default '' check (length(summary) <= 1000),
    body text not null default '' check (length(body) <= 20000),
    source text not null default '',
    tags text[] not null default '{}',
    created_by text not null,
    created_at timestamp with time zone not null default now(),
    search tsvector generated always as (
        setweight(to_tsvector('english', title), 'A')
        || setweight(to_tsvector('english', summary), 'B')
        || setweight(to_tsvector('english', toolkit_tags_text(tags)), 'B')
        || setweight(to_tsvector('english', body), 'C')) stored
);

create index toolkit_items_search_idx on toolkit_items using gin (search);
create index toolkit_items_partnership_idx on toolkit_items (partnership_id);
create unique index toolkit_items_title_idx on toolkit_items (coalesce(partnership_id, 0), lower(title));

create table glossary_terms (
    id bigserial primary key,
    partnership_id bigint references partnerships (id),
    abbreviation text not null check (abbreviation ~ '^[A-Za-z0-9&/.-]{2,12}$'),
    meaning text not null check (length(meaning) between 1 and 200),
    source text not null default ''
);

create unique index glossary_terms_abbreviation_idx on glossary_terms (coalesce(partnership_id, 0), abbreviation);
