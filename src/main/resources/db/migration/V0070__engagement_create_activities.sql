-- Engagement activities: forums, drop-ins, ward walks, door-to-door surveys, action days... held in a
-- neighbourhood, with the level of engagement (inform to empower) and how many people attended.
create table engagement_activities (
    id                  bigint generated always as identity primary key,
    partnership_id      bigint not null references partnerships (id),
    neighbourhood_id    bigint not null references neighbourhoods (id),
    held_on             date not null,
    title               text not null check (length(title) between 1 and 200),
    method              text not null check (method in ('NEIGHBOURHOOD_FORUM', 'DROP_IN', 'WARD_WALK',
                            'DOOR_TO_DOOR_SURVEY', 'ACTION_DAY', 'ROADSHOW', 'PHOTOGRAPHY_PROJECT',
                            'PIGGY_BACKED_SURVEY', 'HOUSEHOLD_SURVEY', 'RESIDENTS_ASSOCIATION', 'JOINT_ACTION_GROUP',
                            'OTHER')),
    level               text not null check (level in ('INFORM', 'CONSULT', 'INVOLVE', 'COLLABORATE', 'EMPOWER')),
    organisers          text not null default '' check (length(organisers) <= 500),
    attending           integer not null check (attending between 0 and 100000),
    issues_raised       text not null default '' check (length(issues_raised) <= 4000),
    feedback_given      text not null default '' check (length(feedback_given) <= 4000),
    -- demo records made up to show the feature are marked so everywhere they are shown
    illustrative        boolean not null default false,
    source              text not null default '',
    recorded_by_user_id bigint references users (id),
    recorded_by_name    text not null,
    recorded_at         timestamptz not null default now()
);

create index engagement_activities_partnership on engagement_activities (partnership_id, held_on, neighbourhood_id);

-- Anonymous counts of the people an activity reached, by age band, sex, ethnic group, disability and the
-- partnership's rarely heard groups (category = the group's key).
create table engagement_reach_counts (
    activity_id bigint not null references engagement_activities (id) on delete cascade,
    dimension   text not null check (dimension in ('AGE', 'SEX', 'ETHNICITY', 'DISABILITY', 'GROUP')),
    category    text not null,
    people      integer not null check (people between 0 and 100000),
    primary key (activity_id, dimension, category)
);
