-- The advisor's read-only policies (20261122051005_advisory) are OR-ed with
-- the tenant policy, and PostgreSQL evaluated faro_advisor_reads_entity() — a
-- SECURITY DEFINER function it cannot inline — for every row, even when the
-- request works inside one entity, where the tenant policy already decides.
-- Measured on the bench dataset: the dashboard's read of 19 assessments with
-- their responses took ~3.7 ms, ~0.6 ms without the function calls.
--
-- The advisor reads a sharing entity's rows from their own scope (no entity
-- in context, lib/advisor); inside an entity's context the advisor policy now
-- answers false before calling the function. That only narrows who reads what.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['self_assessments', 'activity_responses', 'assessment_transitions', 'entity_catalog_versions',
                           'instruments', 'instrument_components', 'instrument_categories', 'instrument_activities'] LOOP
    EXECUTE format('DROP POLICY %I ON %I', t || '_advisor_read', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (faro_current_entity_id() IS NULL AND entity_id IS NOT NULL AND faro_advisor_reads_entity(entity_id))', t || '_advisor_read', t);
  END LOOP;
END
$$;
