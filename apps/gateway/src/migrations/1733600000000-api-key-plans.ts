import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each key's KestrelVoice plan, which decides its limit on the KestrelVoice routes. Keys made before
 * plans existed become `personal`, the smallest, as a key made without `--plan` is (docs/decisions.md).
 */
export class ApiKeyPlans1733600000000 implements MigrationInterface {
  name = 'ApiKeyPlans1733600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE gateway.api_keys ADD COLUMN plan text NOT NULL DEFAULT 'personal'
         CONSTRAINT api_keys_plan_check CHECK (plan IN ('personal', 'business', 'business_plus'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE gateway.api_keys DROP COLUMN plan');
  }
}
