// The bill's lines for the handlers' calls to S3, SNS, SQS and DynamoDB: rows of the Lambda bill's
// table, one per service the session used. The services bill the account, not the calling
// function, so they are their own lines and on no receipt. Units and money are the engine's
// (each service-call event's `units` and `usd`); prices are us-east-1 list prices with no free
// tier (docs/aws-services.md#prices).
import type { ReactNode } from 'react';
import { SERVICE_PRICES } from '../../engine';
import type { MeteredService, ServicesUsage } from '../../store';
import { METERED_SERVICES, serviceUsed } from '../../store';
import { formatCount, formatListPrice, formatUnits } from './money-format';

interface Props {
  services: ServicesUsage;
  formatUsd: (usd: number) => string;
}

const PER_THOUSAND = 1000;
const PER_MILLION = 1e6;

const LINE_NAMES: Readonly<Record<MeteredService, string>> = {
  s3: 'S3 requests',
  sns: 'SNS publishes',
  sqs: 'SQS requests',
  dynamodb: 'DynamoDB',
};

function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** What the line counts, with its price, as the Lambda lines write theirs. */
function quantityText(services: ServicesUsage, service: MeteredService): string {
  switch (service) {
    case 's3': {
      const { putRequests, getRequests } = services.s3;
      return (
        `${formatCount(putRequests)} PUT × ${formatListPrice(SERVICE_PRICES.s3.put * PER_THOUSAND)}, ` +
        `${formatCount(getRequests)} GET × ${formatListPrice(SERVICE_PRICES.s3.get * PER_THOUSAND)} per 1,000`
      );
    }
    case 'sns':
      return (
        `${plural(services.sns.requests, 'request', 'requests')} × ` +
        `${formatListPrice(SERVICE_PRICES.snsPublish * PER_MILLION)} per 1M (64 KB chunks)`
      );
    case 'sqs':
      return (
        `${plural(services.sqs.requests, 'request', 'requests')} × ` +
        `${formatListPrice(SERVICE_PRICES.sqsRequest * PER_MILLION)} per 1M (64 KB chunks)`
      );
    case 'dynamodb': {
      const { writeUnits, readUnits } = services.dynamodb;
      const { write, read } = SERVICE_PRICES.dynamodb;
      return (
        `${formatUnits(writeUnits)} WRU × ${formatListPrice(write * PER_MILLION)}, ` +
        `${formatUnits(readUnits)} RRU × ${formatListPrice(read * PER_MILLION)} per 1M`
      );
    }
  }
}

export function ServiceLines({ services, formatUsd }: Props): ReactNode {
  return METERED_SERVICES.filter((service) => serviceUsed(services, service)).map((service) => {
    const { unbilledCalls, usd } = services[service];
    return (
      <tr key={service} data-testid={`cost-service-${service}`}>
        <th scope="row">{LINE_NAMES[service]}</th>
        <td>
          {quantityText(services, service)}
          {unbilledCalls > 0 && (
            <span className="hint"> + {plural(unbilledCalls, 'call', 'calls')} not billed</span>
          )}
        </td>
        <td className="bill-usd">{formatUsd(usd)}</td>
      </tr>
    );
  });
}
