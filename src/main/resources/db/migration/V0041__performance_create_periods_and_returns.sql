-- Reporting periods of a framework version and the returns (actuals) data owners submit for them.
create table performance_periods (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    version_id     bigint not null references performance_versions (id),
    label          text not null,
    starts_on      date not null,
    ends_on        date not null,
    due_on         date not null,
    closed         boolean not null default false,
    check (ends_on >= starts_on),
    unique (version_id, label)
);

create table performance_returns (
    id                  bigint generated always as identity primary key,
    partnership_id      bigint not null references partnerships (id),
    indicator_id        bigint not null references performance_indicators (id),
    period_id           bigint not null references performance_periods (id),
    actual              numeric(18, 4) not null,
    commentary          text,
    evidence_link       text,
    status              text not null check (status in ('SUBMITTED', 'APPROVED', 'SENT_BACK')),
    submitted_by_user_id bigint references users (id),
    submitted_by_name   text not null,
    submitted_at        timestamptz not null default now(),
    reviewed_by_user_id bigint references users (id),
    reviewed_by_name    text,
    reviewed_at         timestamptz,
    review_note         text,
    unique (indicator_id, period_id)
);

create index performance_returns_partnership on performance_returns (partnership_id, status);

-- Reminders already sent, so the daily job mails each late return once a week at most.
create table performance_reminders (
    id             bigint generated always as identity primary key,
    partnership_id bigint not null references partnerships (id),
    indicator_id   bigint not null references performance_indicators (id),
    period_id      bigint not null references performance_periods (id),
    sent_to        text not null,
    sent_at        timestamptz not null default now()
);
