-- Who chairs a body, and whether residents may see it (and its meeting dates) on the public pages.
alter table partner_bodies add column chair text;
alter table partner_bodies add column public boolean not null default false;
alter table partner_body_members add column role text;
