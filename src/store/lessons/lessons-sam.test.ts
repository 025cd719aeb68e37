// The lessons that call AWS services export as SAM projects that deploy and run on AWS: each
// function is granted the policy templates for what its code calls, its environment variables
// name the deployed resources, the tables are declared, and the import reads it all back.
import { describe, expect, it } from 'vitest';
import { lessonById } from '../../lessons';
import { readSamFiles, samArchiveFiles } from '../../share/sam-archive';
import { samTemplate } from '../../share/sam-template';
import { samScenarioOf } from '../../workspace/sam';
import { workspaceOfLesson } from './lessons-workspace';

interface Resource {
  Type: string;
  Properties?: Record<string, unknown>;
}

function exported(id: number) {
  const lesson = lessonById(id);
  if (lesson === undefined) throw new Error(`no lesson ${id}`);
  const scenario = samScenarioOf(workspaceOfLesson(lesson.solution));
  const files = samArchiveFiles(scenario);
  const resources = samTemplate(scenario).Resources as Record<string, Resource>;
  return { scenario, files, resources };
}

const ref = (id: string) => ({ Ref: id });
const getAtt = (id: string, attribute: string) => ({ 'Fn::GetAtt': [id, attribute] });

describe('the SAM export of the SDK lessons', () => {
  it('lesson 10: the thumbnail function may write the thumbnails, the table and the topic', () => {
    const { resources } = exported(10);
    const thumbnail = resources.Lesson10ThumbnailFunction!.Properties!;
    expect(thumbnail.Policies).toEqual([
      { S3CrudPolicy: { BucketName: ref('Lesson10ThumbnailsBucket') } },
      { SNSPublishMessagePolicy: { TopicName: getAtt('Lesson10ReadyTopic', 'TopicName') } },
      { DynamoDBCrudPolicy: { TableName: ref('Lesson10PhotosTable') } },
    ]);
    expect(thumbnail.Environment).toEqual({
      Variables: {
        THUMBNAIL_BUCKET: ref('Lesson10ThumbnailsBucket'),
        TABLE_NAME: ref('Lesson10PhotosTable'),
        TOPIC_ARN: ref('Lesson10ReadyTopic'),
      },
    });
    // The notify function calls nothing: no policy.
    expect(resources.Lesson10NotifyFunction!.Properties!.Policies).toBeUndefined();
  });

  it('lesson 10: declares the table with its key schema, billed per request', () => {
    expect(exported(10).resources.Lesson10PhotosTable).toEqual({
      Type: 'AWS::DynamoDB::Table',
      Metadata: { ServerlessPlaygroundName: 'lesson10-photos' },
      Properties: {
        AttributeDefinitions: [{ AttributeName: 'photo', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'photo', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      },
    });
  });

  it('lesson 6: the checkout may publish to the topic whose ARN it reads', () => {
    const checkout = exported(6).resources.Lesson6CheckoutFunction!.Properties!;
    expect([checkout.Policies, checkout.Environment]).toEqual([
      [{ SNSPublishMessagePolicy: { TopicName: getAtt('Lesson6OrdersTopic', 'TopicName') } }],
      { Variables: { TOPIC_ARN: ref('Lesson6OrdersTopic') } },
    ]);
  });

  it('lesson 7: the caller may invoke the report function it names', () => {
    const api = exported(7).resources.Lesson7ApiFunction!.Properties!;
    expect([api.Policies, api.Environment]).toEqual([
      [{ LambdaInvokePolicy: { FunctionName: ref('Lesson7ReportFunction') } }],
      { Variables: { REPORT_FUNCTION: ref('Lesson7ReportFunction') } },
    ]);
  });

  it.each([6, 7, 10])('lesson %i reads back as it was exported, tables included', (id) => {
    const { scenario, files } = exported(id);
    expect(readSamFiles(files)).toEqual({ ok: true, scenario });
  });
});
