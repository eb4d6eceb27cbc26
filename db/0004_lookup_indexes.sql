-- Indexes for reading what a person is tied to (the contact detail, and deleting a
-- contact): without them each read scans every unit's reference group, every
-- application and every case link.
CREATE INDEX refgroup_contact ON reference_group_members(contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX applications_contact ON applications(contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX case_links_entity ON case_links(entity, entity_id);
