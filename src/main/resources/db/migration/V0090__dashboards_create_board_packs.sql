-- Which bodies receive a board pack before their meetings, and how many days before.
-- A body of type BOARD receives one 7 days before unless a row here says otherwise.
create table dashboards_pack_bodies (
    body_id        bigint primary key references partner_bodies (id),
    partnership_id bigint not null references partnerships (id),
    receives       boolean not null,
    days_before    integer not null check (days_before between 1 and 60),
    updated_by     text not null,
    updated_at     timestamptz not null default now()
);

-- One pack per meeting, whichever app instance makes it: the unique meeting makes a
-- second attempt a no-op, and the e-mails are queued only by the insert that won.
create table dashboards_board_packs (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    meeting_id     bigint not null unique references partner_meetings (id),
    body_id        bigint not null references partner_bodies (id),
    title          text not null,
    pdf            bytea not null,
    recipients     integer not null default 0,
    generated_at   timestamptz not null default now()
);

create index dashboards_board_packs_partnership on dashboards_board_packs (partnership_id, body_id);
