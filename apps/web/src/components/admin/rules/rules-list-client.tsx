'use client';

import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { TRuleAdmin } from '@screenpop/contracts';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { EmptyState } from '@/components/admin/shared/empty-state';
import { Notice } from '@/components/admin/shared/notice';
import { ResourceView } from '@/components/admin/shared/resource-view';
import { useApiResource } from '@/components/admin/shared/use-api-resource';
import { buttonClass } from '@/components/ui/button';
import { rulesApi } from '@/lib/admin/rules-api';
import { moveId } from './rule-form';
import { RuleSimulatorPanel } from './rule-simulator-panel';
import { RuleSummary } from './rule-summary';

type Status =
  | { kind: 'idle' }
  | { kind: 'saving'; what: 'order' | 'enabled' | 'delete' }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/** The rules in the order they are examined: reorder (drag, keyboard, buttons), enable, edit, delete. */
export function RulesListClient({ notice }: { notice?: string | null }) {
  const t = useTranslations('rules');
  const list = useApiResource((signal) => rulesApi.list(signal), []);
  const rules = list.state.status === 'ready' ? list.state.data.items : null;
  const updateRules = (change: (current: TRuleAdmin[]) => TRuleAdmin[]) =>
    list.update((data) => ({ ...data, items: change(data.items) }));
  const [status, setStatus] = useState<Status>(notice ? { kind: 'done', message: notice } : { kind: 'idle' });
  const [confirming, setConfirming] = useState<string | null>(null);
  const busy = status.kind === 'saving';
  // Focus follows a rule moved by its buttons, so a keyboard user can keep moving it.
  const focusAfterMove = useRef<string | null>(null);

  useEffect(() => {
    const id = focusAfterMove.current;
    if (!id) return;
    focusAfterMove.current = null;
    document.getElementById(`rule-${id}-handle`)?.focus();
  }, [rules]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  async function saveOrder(next: TRuleAdmin[], moved: TRuleAdmin) {
    const previous = rules ?? [];
    updateRules(() => next.map((rule, index) => ({ ...rule, position: index + 1 })));
    setStatus({ kind: 'saving', what: 'order' });
    const result = await rulesApi.reorder(next.map((rule) => rule.id));
    if (result.ok) {
      updateRules(() => result.data.items);
      const position = result.data.items.findIndex((rule) => rule.id === moved.id) + 1;
      setStatus({ kind: 'done', message: t('list.moved', { name: moved.name, position }) });
    } else {
      updateRules(() => previous);
      setStatus({ kind: 'error', message: t('list.reorderFailed', { message: result.message }) });
    }
  }

  function move(index: number, to: number, viaButton = false) {
    if (!rules || busy || to < 0 || to >= rules.length || to === index) return;
    const ids = moveId(
      rules.map((rule) => rule.id),
      index,
      to,
    );
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    if (viaButton) focusAfterMove.current = rules[index]!.id;
    void saveOrder(
      ids.map((id) => byId.get(id)!),
      rules[index]!,
    );
  }

  function onDragEnd(event: DragEndEvent) {
    if (!rules || !event.over || event.active.id === event.over.id) return;
    const from = rules.findIndex((rule) => rule.id === event.active.id);
    const to = rules.findIndex((rule) => rule.id === event.over!.id);
    if (from >= 0 && to >= 0) move(from, to);
  }

  async function toggle(rule: TRuleAdmin) {
    setStatus({ kind: 'saving', what: 'enabled' });
    const result = await rulesApi.setEnabled(rule.id, !rule.enabled);
    if (result.ok) {
      updateRules((current) => current.map((r) => (r.id === rule.id ? result.data : r)));
      setStatus({
        kind: 'done',
        message: t(result.data.enabled ? 'list.enabledNotice' : 'list.disabledNotice', { name: rule.name }),
      });
    } else {
      setStatus({ kind: 'error', message: t('list.saveFailed', { message: result.message }) });
    }
  }

  async function remove(rule: TRuleAdmin) {
    setStatus({ kind: 'saving', what: 'delete' });
    const result = await rulesApi.remove(rule.id);
    setConfirming(null);
    if (result.ok) {
      updateRules((current) =>
        current.filter((r) => r.id !== rule.id).map((r, index) => ({ ...r, position: index + 1 })),
      );
      setStatus({ kind: 'done', message: t('list.deleted', { name: rule.name }) });
    } else {
      setStatus({ kind: 'error', message: t('list.saveFailed', { message: result.message }) });
    }
  }

  const name = (id: string | number) => rules?.find((rule) => rule.id === id)?.name ?? String(id);
  const position = (id: string | number) => (rules?.findIndex((rule) => rule.id === id) ?? -1) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('drag.start', { name: name(active.id), position: position(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('drag.over', { name: name(active.id), position: position(over.id) })
        : t('drag.outside', { name: name(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('drag.end', { name: name(active.id), position: position(over.id) })
        : t('drag.cancel', { name: name(active.id) }),
    onDragCancel: ({ active }) => t('drag.cancel', { name: name(active.id) }),
  };

  return (
    <div className="space-y-8">
      <section aria-labelledby="rules-list-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="rules-list-heading" className="text-lg font-semibold text-slate-900">
            {t('list.heading')}
          </h2>
          <p className="text-sm text-slate-600">{t('list.howOrderWorks')}</p>
        </div>

        <div aria-live="polite" className="min-h-[1.5rem]">
          {status.kind === 'saving' ? (
            <p role="status" className="text-sm text-slate-600">
              {t(`list.saving.${status.what}`)}
            </p>
          ) : status.kind === 'done' ? (
            <Notice tone="success">{status.message}</Notice>
          ) : status.kind === 'error' ? (
            <Notice tone="error">{status.message}</Notice>
          ) : null}
        </div>

        <ResourceView resource={list} failure={(message) => t('list.loadFailed', { message })}>
          {({ items }) =>
            items.length === 0 ? (
              <EmptyState
                title={t('list.emptyTitle')}
                body={t('list.emptyBody')}
                action={
                  <Link href="/admin/rules/new" className={buttonClass('primary')}>
                    {t('newRule')}
                  </Link>
                }
              />
            ) : (
              <>
                <p id="rules-reorder-help" className="text-xs text-slate-500">
                  {t('drag.instructions')}
                </p>
                <DndContext
                  sensors={sensors}
                  collisionDetection={closestCenter}
                  onDragEnd={onDragEnd}
                  accessibility={{
                    announcements,
                    screenReaderInstructions: { draggable: t('drag.instructions') },
                  }}
                >
                  <SortableContext
                    items={items.map((rule) => rule.id)}
                    strategy={verticalListSortingStrategy}
                  >
                    <ol className="space-y-2" aria-label={t('list.heading')}>
                      {items.map((rule, index) => (
                        <SortableRule
                          key={rule.id}
                          rule={rule}
                          index={index}
                          count={items.length}
                          busy={busy}
                          confirming={confirming === rule.id}
                          onMove={(to) => move(index, to, true)}
                          onToggle={() => void toggle(rule)}
                          onAskDelete={() => setConfirming(rule.id)}
                          onCancelDelete={() => setConfirming(null)}
                          onDelete={() => void remove(rule)}
                        />
                      ))}
                    </ol>
                  </SortableContext>
                </DndContext>
              </>
            )
          }
        </ResourceView>
      </section>

      <RuleSimulatorPanel />
    </div>
  );
}

function SortableRule({
  rule,
  index,
  count,
  busy,
  confirming,
  onMove,
  onToggle,
  onAskDelete,
  onCancelDelete,
  onDelete,
}: {
  rule: TRuleAdmin;
  index: number;
  count: number;
  busy: boolean;
  confirming: boolean;
  onMove: (to: number) => void;
  onToggle: () => void;
  onAskDelete: () => void;
  onCancelDelete: () => void;
  onDelete: () => void;
}) {
  const t = useTranslations('rules');
  const tc = useTranslations('common');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: rule.id,
      disabled: busy,
    });
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="rule-row"
      data-rule-name={rule.name}
      className={`flex flex-wrap items-start gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-200 ${
        isDragging ? 'relative z-10 shadow-lg ring-teal-400' : ''
      } ${rule.enabled ? '' : 'opacity-75'}`}
    >
      <button
        type="button"
        id={`rule-${rule.id}-handle`}
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={t('list.dragHandle', { name: rule.name, position: index + 1 })}
        aria-describedby="rules-reorder-help"
        className="mt-0.5 cursor-grab touch-none rounded px-1.5 py-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-teal-600 active:cursor-grabbing"
      >
        <span aria-hidden="true">⋮⋮</span>
      </button>
      <span
        className="mt-1 w-7 shrink-0 text-sm font-semibold text-slate-500 tabular-nums"
        aria-hidden="true"
      >
        {index + 1}.
      </span>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <Link href={`/admin/rules/${rule.id}`} className="font-medium text-slate-900 hover:underline">
            {rule.name}
          </Link>
          {!rule.enabled ? (
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">
              {t('list.disabledBadge')}
            </span>
          ) : null}
        </div>
        <RuleSummary rule={rule} />
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        <button
          type="button"
          className={buttonClass('ghost', 'px-2')}
          onClick={() => onMove(index - 1)}
          disabled={busy || index === 0}
          aria-label={t('list.moveUp', { name: rule.name })}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className={buttonClass('ghost', 'px-2')}
          onClick={() => onMove(index + 1)}
          disabled={busy || index === count - 1}
          aria-label={t('list.moveDown', { name: rule.name })}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <label className="flex items-center gap-1.5 px-2 text-sm text-slate-700">
          <input
            type="checkbox"
            role="switch"
            checked={rule.enabled}
            disabled={busy}
            onChange={onToggle}
            aria-label={t('list.enabledToggle', { name: rule.name })}
            className="size-4 accent-teal-700"
          />
          <span aria-hidden="true">{t('list.enabled')}</span>
        </label>
        <Link
          href={`/admin/rules/${rule.id}`}
          className={buttonClass('secondary')}
          aria-label={t('list.editRule', { name: rule.name })}
        >
          {tc('actions.edit')}
        </Link>
        {confirming ? (
          <span
            className="flex items-center gap-1.5"
            role="group"
            aria-label={t('list.confirmDelete', { name: rule.name })}
          >
            <span className="text-sm text-rose-800">{t('list.confirmDelete', { name: rule.name })}</span>
            <button
              ref={confirmRef}
              type="button"
              className={buttonClass('danger')}
              onClick={onDelete}
              disabled={busy}
            >
              {tc('actions.delete')}
            </button>
            <button type="button" className={buttonClass('ghost')} onClick={onCancelDelete}>
              {tc('actions.cancel')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            className={buttonClass('ghost', 'text-rose-700 hover:text-rose-800')}
            onClick={onAskDelete}
            disabled={busy}
            aria-label={t('list.deleteRule', { name: rule.name })}
          >
            {tc('actions.delete')}
          </button>
        )}
      </div>
    </li>
  );
}
