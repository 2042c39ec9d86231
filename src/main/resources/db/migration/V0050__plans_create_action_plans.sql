-- Action plans: a neighbourhood's Neighbourhood Action Plan, or a district's or the county's
-- neighbourhood-management action plan. Every version of one plan shares a lineage key; an agreed
-- version is frozen and a change after agreement is a new version (previous_id points back).
create table action_plans (
    id                    bigint generated always as identity primary key,
    partnership_id        bigint not null references partnerships (id),
    lineage_key           uuid not null,
    plan_version          integer not null default 1,
    previous_id           bigint references action_plans (id),
    kind                  text not null check (kind in ('NEIGHBOURHOOD', 'DISTRICT', 'COUNTY')),
    neighbourhood_id      bigint references neighbourhoods (id),
    district_id           bigint references places_districts (id),
    title                 text not null,
    starts_on             date not null,
    ends_on               date not null,
    review_month          integer not null check (review_month between 1 and 12),
    status                text not null default 'DRAFT'
                          check (status in ('DRAFT', 'SUBMITTED', 'AGREED', 'ENDORSED', 'SUPERSEDED')),
    template              boolean not null default false,
    illustrative          boolean not null default false,
    notes                 text not null default '',
    created_by            text not null,
    created_at            timestamptz not null default now(),
    submitted_by          text,
    submitted_at          timestamptz,
    agreed_by_body_id     bigint references partner_bodies (id),
    agreed_on             date,
    agreed_recorded_by    text,
    agreed_recorded_at    timestamptz,
    endorsed_by_body_id   bigint references partner_bodies (id),
    endorsed_on           date,
    endorsed_recorded_by  text,
    endorsed_recorded_at  timestamptz,
    unique (lineage_key, plan_version),
    check (ends_on > starts_on),
    check (kind <> 'NEIGHBOURHOOD' or neighbourhood_id is not null),
    check (kind <> 'DISTRICT' or district_id is not null)
);
create index action_plans_partnership on action_plans (partnership_id);
create index action_plans_neighbourhood on action_plans (neighbourhood_id);
