-- Meetings of the partnership's bodies: agenda (tagged by neighbourhood, theme and issue), attendance, minutes,
-- decisions and actions arising.
create table partner_meetings (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    body_id        bigint not null references partner_bodies (id),
    starts_at      timestamptz not null,
    ends_at        timestamptz not null,
    time_recorded  boolean not null default true,
    location       text not null default '',
    minutes        text not null default '',
    cancelled      boolean not null default false,
    source         text not null default 'Recorded in NM Hub',
    illustrative   boolean not null default false,
    check (ends_at > starts_at)
);

create index partner_meetings_body on partner_meetings (partnership_id, body_id, starts_at);

create table partner_agenda_items (
    id                 bigint generated always as identity primary key,
    partnership_id     bigint not null references partnerships (id),
    meeting_id         bigint not null references partner_meetings (id),
    position           integer not null,
    title              text not null,
    neighbourhood_key  text,
    theme              text,
    issue              text
);

create index partner_agenda_items_meeting on partner_agenda_items (partnership_id, meeting_id);

create table partner_attendance (
    id              bigint generated always as identity primary key,
    partnership_id  bigint not null references partnerships (id),
    meeting_id      bigint not null references partner_meetings (id),
    person          text not null,
    organisation_id bigint references organisations (id),
    status          text not null check (status in ('PRESENT', 'APOLOGIES', 'SUBSTITUTE')),
    substitute_for  text,
    guest           boolean not null default false
);

create index partner_attendance_meeting on partner_attendance (partnership_id, meeting_id);

create table partner_decisions (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    meeting_id     bigint not null references partner_meetings (id),
    position       integer not null,
    text           text not null
);

create table partner_meeting_actions (
    id                    bigint generated always as identity primary key,
    partnership_id        bigint not null references partnerships (id),
    meeting_id            bigint not null references partner_meetings (id),
    description           text not null,
    owner_organisation_id bigint references organisations (id),
    due_on                date,
    completed_on          date
);

create index partner_meeting_actions_owner on partner_meeting_actions (partnership_id, owner_organisation_id);
