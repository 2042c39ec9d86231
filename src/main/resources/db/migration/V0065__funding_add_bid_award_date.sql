-- The date an award was made (360Giving's Award Date); empty for bids not yet awarded.
alter table funding_bids add column awarded_on date;
