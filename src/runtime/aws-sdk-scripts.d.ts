// Each provided AWS SDK package as a classic script's text (scripts/aws-sdk-scripts.ts).
declare module 'virtual:aws-sdk/*' {
  const script: string;
  export default script;
}
