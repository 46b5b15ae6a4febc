export interface Scored {
  picture: { id: string; hasPhi: boolean; phi: { category?: string; text: string }[] };
  findings: { severity: string; text: string; category: string }[];
}
export function score(results: Scored[]): {
  spans: number;
  found: number;
  recall: number;
  clean: number;
  falseAlarms: number;
  falseAlarmRate: number;
  missed: { id: string; text: string }[];
  alarms: { id: string; findings: string[] }[];
};
