-- The community intelligence log: a multi-agency memory of concerns, observations, hotspots and requests, each
-- with a confidentiality grade. Who may see an item is decided by one SQL predicate (IntelligenceQueries.VISIBLE).
create table intelligence_items (
    id                          bigint generated always as identity primary key,
    partnership_id              bigint not null references partnerships (id),
    reference                   text not null unique check (reference ~ '^CI-[0-9]{6,}$'),
    kind                        text not null check (kind in ('CONCERN', 'OBSERVATION', 'HOTSPOT', 'REQUEST')),
    category_id                 bigint not null references intelligence_categories (id),
    title                       text not null check (length(title) between 1 and 200),
    details                     text not null default '' check (length(details) <= 4000),
    grade                       text not null check (grade in ('PUBLIC', 'PARTNERS', 'RESTRICTED', 'PERSONAL')),
    source_type                 text not null check (source_type in ('RESIDENT', 'COUNCILLOR', 'PARTNER_OFFICER',
                                    'SURVEY', 'PUBLIC_FORM')),
    observed_on                 date not null,
    longitude                   numeric(9, 6) check (longitude between -180 and 180),
    latitude                    numeric(9, 6) check (latitude between -90 and 90),
    address_text                text not null default '' check (length(address_text) <= 300),
    lsoa2011_code               text,
    lsoa2021_code               text,
    ward_name                   text,
    neighbourhood_id            bigint references neighbourhoods (id),
    status                      text not null check (status in ('UNVERIFIED', 'OPEN', 'ESCALATED', 'RESPONDED', 'CLOSED')),
    outcome                     text not null default '' check (length(outcome) <= 4000),
    closed_on                   date,
    escalated_to                text not null default '' check (length(escalated_to) <= 300),
    -- personal data must say when it is to be reviewed or erased
    retain_until                date,
    erased_at                   timestamptz,
    illustrative                boolean not null default false,
    recorded_by_user_id         bigint references users (id),
    recorded_by_organisation_id bigint references organisations (id),
    recorded_by_name            text not null,
    recorded_at                 timestamptz not null default now(),
    check (grade <> 'PERSONAL' or retain_until is not null),
    check ((longitude is null) = (latitude is null))
);

create sequence intelligence_item_references start with 1;

create index intelligence_items_partnership on intelligence_items (partnership_id, grade, status);
create index intelligence_items_lsoa on intelligence_items (partnership_id, lsoa2011_code, observed_on);

-- The organisations named on a RESTRICTED or PERSONAL item: only their members may see it.
create table intelligence_item_organisations (
    item_id         bigint not null references intelligence_items (id) on delete cascade,
    organisation_id bigint not null references organisations (id),
    primary key (item_id, organisation_id)
);

create index intelligence_item_organisations_organisation on intelligence_item_organisations (organisation_id, item_id);

-- Items linked as related (each pair stored once, lower id first).
create table intelligence_item_links (
    item_id        bigint not null references intelligence_items (id) on delete cascade,
    linked_item_id bigint not null references intelligence_items (id) on delete cascade,
    primary key (item_id, linked_item_id),
    check (item_id < linked_item_id)
);
