// The Architecture view: the workspace's resources and their connections, drawn as they are made
// in the tabs, and each resource a button that opens the tab where it is edited.
import { Architecture } from './support/architecture';
import { expect, test } from './support/fixtures';

test('the default workspace draws its function behind the HTTP API', async ({ playground }) => {
  const architecture = new Architecture(playground.page);
  await expect(architecture.nodes()).toHaveCount(2);
  await expect(architecture.node('Function add-numbers')).toHaveAttribute('data-kind', 'function');
  await expect(architecture.node('HTTP API')).toHaveAttribute('data-kind', 'api');
  const route = architecture.edge('HTTP API', 'add-numbers');
  await expect(route).toHaveAttribute('data-kind', 'configured');
  await expect(route).toHaveText('HTTP API → add-numbers (HTTP route: $default)');
});

test('a bucket notifying the function appears with its configured edge, and opens the S3 tab', async ({
  playground,
  s3,
}) => {
  const page = playground.page;
  const architecture = new Architecture(page);
  await expect(architecture.nodes()).toHaveCount(2);

  await s3.open();
  const bucket = await s3.createBucket('uploads');
  await expect(architecture.node('Bucket uploads')).toHaveAttribute('data-name', 'uploads');
  // No notification yet: the bucket stands alone.
  await expect(architecture.edge('uploads', 'add-numbers')).toHaveCount(0);

  await s3.addNotification(bucket);
  const node = architecture.node('Bucket uploads');
  await expect(node).toHaveAttribute('data-kind', 'bucket');
  await expect(node).toHaveAttribute('data-missing', 'false');
  const edge = architecture.edge('uploads', 'add-numbers');
  await expect(edge).toHaveAttribute('data-kind', 'configured');
  await expect(edge).toHaveAttribute('data-label', 'S3 notification');
  await expect(edge).toHaveText('uploads → add-numbers (S3 notification: s3:ObjectCreated:*)');
  // Sources left of the function: the bucket's box is drawn before the function's.
  const bucketBox = await node.boundingBox();
  const functionBox = await architecture.node('Function add-numbers').boundingBox();
  expect(bucketBox!.x).toBeLessThan(functionBox!.x);

  // Away to the Test tab, then back by the diagram.
  await page.getByRole('tab', { name: 'Test', exact: true }).click();
  await expect(s3.bucket('uploads')).toBeHidden();
  await node.click();
  await expect(page.getByRole('tab', { name: 'S3', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(s3.bucket('uploads')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'S3', exact: true })).toBeFocused();

  // The keyboard: a node is a button, Enter opens the function's Test tab.
  await architecture.node('Function add-numbers').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Test', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('with reduced motion a message lights its edge with a count instead of moving', async ({
  playground,
  s3,
}) => {
  test.slow(); // the handler is built, deployed and cold-started behind the async queue
  const page = playground.page;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const architecture = new Architecture(page);
  await s3.open();
  const bucket = await s3.createBucket('uploads');
  await s3.addNotification(bucket);
  await expect(architecture.edge('uploads', 'add-numbers')).toHaveCount(1);

  // The edge lights only briefly, and only once the function is deployed and the notification
  // fires (which on a busy machine takes long): what the diagram showed is recorded meanwhile.
  await architecture.region.evaluate((region) => {
    const seen: string[] = [];
    Object.assign(window, { archSeen: seen });
    new MutationObserver(() => {
      region.querySelectorAll('.arch-edge.lit .arch-edge-count').forEach((count) => {
        seen.push(`lit ${count.textContent}`);
      });
      region.querySelectorAll('.arch-dots circle[visibility="visible"]').forEach((dot) => {
        seen.push(`dot ${dot.getAttribute('cx')}`);
      });
    }).observe(region, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await s3.putText(bucket, 'hello.txt', 'hello');
  await expect(page.getByRole('region', { name: 'Async events', exact: true })).toContainText(
    '1 delivered',
    { timeout: 120_000 },
  );
  const seen = await page.evaluate(() => (window as unknown as { archSeen: string[] }).archSeen);
  expect(seen).toContain('lit ×1');
  // No dot travelled.
  expect(seen.filter((s) => s.startsWith('dot'))).toEqual([]);
});
