// The DynamoDB tab: the workspace's tables, their streams and the functions mapped to them, and
// their items (kept by the app's table store, reached through the store's TableItemsPort).
import { useWorkspace } from '../../hooks/use-stores';
import { CreateTableForm } from './CreateTableForm';
import { TableCard } from './TableCard';

export function DynamoDBTab() {
  const tables = useWorkspace((s) => s.tables ?? []);
  return (
    <div className="pubsub" aria-label="DynamoDB tables" role="region">
      <CreateTableForm />
      {tables.length === 0 && <p>No tables yet.</p>}
      {tables.map((table) => (
        <TableCard key={table.id} table={table} />
      ))}
    </div>
  );
}
