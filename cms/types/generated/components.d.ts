import type { Schema, Struct } from '@strapi/strapi';

export interface GuidanceOption extends Struct.ComponentSchema {
  collectionName: 'components_guidance_options';
  info: {
    description: 'A choice in a step; leads to exactly one target';
    displayName: 'Option';
    icon: 'cursor';
  };
  attributes: {
    answer: Schema.Attribute.Relation<'oneToOne', 'api::answer.answer'>;
    handoff: Schema.Attribute.Enumeration<['live_chat', 'callback', 'video', 'phone']>;
    key: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    partner: Schema.Attribute.Relation<'oneToOne', 'api::partner-service.partner-service'>;
    step: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    target: Schema.Attribute.Enumeration<['step', 'answer', 'partner', 'handoff', 'end']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'step'>;
  };
}

export interface GuidanceStep extends Struct.ComponentSchema {
  collectionName: 'components_guidance_steps';
  info: {
    description: 'One question of a guidance path; the first step is the entry';
    displayName: 'Step';
    icon: 'arrowRight';
  };
  attributes: {
    key: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    options: Schema.Attribute.Component<'guidance.option', true> & Schema.Attribute.Required;
    prompt: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface KbPhrasing extends Struct.ComponentSchema {
  collectionName: 'components_kb_phrasings';
  info: {
    description: 'A short alternative phrasing residents type';
    displayName: 'Phrasing';
    icon: 'quote';
  };
  attributes: {
    text: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface KbSynonymGroup extends Struct.ComponentSchema {
  collectionName: 'components_kb_synonym_groups';
  info: {
    description: 'Comma-separated terms residents use interchangeably';
    displayName: 'Synonym group';
    icon: 'link';
  };
  attributes: {
    terms: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'guidance.option': GuidanceOption;
      'guidance.step': GuidanceStep;
      'kb.phrasing': KbPhrasing;
      'kb.synonym-group': KbSynonymGroup;
    }
  }
}
