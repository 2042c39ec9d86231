-- The partner side of an organisation in one partnership: its kind of partner and its contacts.
-- Organisations themselves (and which partnerships they belong to) are the access module's.
create table partner_organisation_details (
    partnership_id  bigint not null references partnerships (id),
    organisation_id bigint not null references organisations (id),
    partner_type    text not null check (partner_type in ('POLICE', 'HEALTH', 'DISTRICT_COUNCIL', 'COUNTY_COUNCIL',
                                                          'CITY_COUNCIL', 'CVS', 'VOLUNTARY_SECTOR', 'RSL',
                                                          'PARISH_COUNCIL', 'EDUCATION', 'FIRE_RESCUE', 'BUSINESS',
                                                          'COMMUNITY_GROUP', 'GOVERNMENT', 'OTHER')),
    primary key (partnership_id, organisation_id)
);

create table partner_contacts (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnerships (id),
    organisation_id bigint not null references organisations (id),
    name            text not null,
    role            text not null default '',
    email           text not null default '',
    phone           text not null default ''
);

create index partner_contacts_organisation on partner_contacts (partnership_id, organisation_id);

-- Body members can name their organisation and person (the text member stays the display form).
alter table partner_body_members add column organisation_id bigint references organisations (id);
alter table partner_body_members add column person text;
alter table partner_body_members add column illustrative boolean not null default false;
create index partner_body_members_organisation on partner_body_members (organisation_id);
