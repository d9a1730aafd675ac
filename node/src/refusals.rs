//! Free-tier refusals, counted where they happen: in the node's transaction pool.
//!
//! A call the free tier covers is refused with `InvalidTransaction::Custom(61)`
//! ([`pallet_free_tier::FREE_QUOTA_EXHAUSTED`]) when its sender's quota is spent and it cannot
//! pay: when it is submitted (by an app over JSON-RPC, or by a peer's gossip), and when the
//! quota ran out between its admission and its block (the block builder reports it invalid to
//! the pool). Those refusals change no state, so the chain cannot count them: [`CountingPool`]
//! wraps the node's pool and counts them in `medchain_free_tier_refusals_total`, labelled
//! `at` = `submission` or `block`.

use async_trait::async_trait;
use sc_transaction_pool_api::{
	error::{Error as PoolError, IntoPoolError},
	ChainEvent, ImportNotificationStream, LocalTransactionFor, LocalTransactionPool,
	MaintainedTransactionPool, PoolStatus, ReadyTransactions, TransactionFor, TransactionPool,
	TransactionSource, TransactionStatusStreamFor, TxHash, TxInvalidityReportMap,
};
use sp_runtime::{
	traits::Block as BlockT,
	transaction_validity::{InvalidTransaction, TransactionValidityError},
};
use std::{collections::HashMap, pin::Pin, sync::Arc};
use substrate_prometheus_endpoint::{register, CounterVec, Opts, PrometheusError, Registry, U64};

/// Whether `error` is the free tier's "quota exhausted".
fn is_free_tier_refusal(error: &TransactionValidityError) -> bool {
	*error
		== TransactionValidityError::Invalid(InvalidTransaction::Custom(
			pallet_free_tier::FREE_QUOTA_EXHAUSTED,
		))
}

/// The counter.
#[derive(Clone)]
pub struct Refusals(CounterVec<U64>);

impl Refusals {
	/// Registers `medchain_free_tier_refusals_total` in `registry`.
	pub fn register(registry: &Registry) -> Result<Self, PrometheusError> {
		let counter = CounterVec::new(
			Opts::new(
				"medchain_free_tier_refusals_total",
				"Transactions the free tier refused (quota spent, sender cannot pay), by where: \
				 at submission or at block building",
			),
			&["at"],
		)?;
		let counter = register(counter, registry)?;
		// Both series exist from the start, at zero.
		counter.with_label_values(&["submission"]);
		counter.with_label_values(&["block"]);
		Ok(Self(counter))
	}

	fn count(&self, at: &str) {
		self.0.with_label_values(&[at]).inc();
	}
}

/// A transaction pool that counts free-tier refusals and otherwise is `P`.
pub struct CountingPool<P> {
	inner: P,
	refusals: Refusals,
}

impl<P: TransactionPool> CountingPool<P> {
	/// Wraps `inner`.
	pub fn new(inner: P, refusals: Refusals) -> Self {
		Self { inner, refusals }
	}

	/// Counts `error` if it is a free-tier refusal and gives it back unchanged.
	fn inspect(&self, error: P::Error) -> P::Error {
		match error.into_pool_error() {
			Ok(pool_error) => {
				if let PoolError::InvalidTransaction(invalid) = pool_error {
					if is_free_tier_refusal(&TransactionValidityError::Invalid(invalid)) {
						self.refusals.count("submission");
					}
				}
				P::Error::from(pool_error)
			},
			Err(other) => other,
		}
	}
}

#[async_trait]
impl<P: TransactionPool> TransactionPool for CountingPool<P> {
	type Block = P::Block;
	type Hash = P::Hash;
	type InPoolTransaction = P::InPoolTransaction;
	type Error = P::Error;

	async fn submit_at(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xts: Vec<TransactionFor<Self>>,
	) -> Result<Vec<Result<TxHash<Self>, Self::Error>>, Self::Error> {
		let results = self.inner.submit_at(at, source, xts).await.map_err(|e| self.inspect(e))?;
		Ok(results.into_iter().map(|r| r.map_err(|e| self.inspect(e))).collect())
	}

	async fn submit_one(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xt: TransactionFor<Self>,
	) -> Result<TxHash<Self>, Self::Error> {
		self.inner.submit_one(at, source, xt).await.map_err(|e| self.inspect(e))
	}

	async fn submit_and_watch(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xt: TransactionFor<Self>,
	) -> Result<Pin<Box<TransactionStatusStreamFor<Self>>>, Self::Error> {
		self.inner.submit_and_watch(at, source, xt).await.map_err(|e| self.inspect(e))
	}

	async fn ready_at(
		&self,
		at: <Self::Block as BlockT>::Hash,
	) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		self.inner.ready_at(at).await
	}

	fn ready(&self) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		self.inner.ready()
	}

	async fn report_invalid(
		&self,
		at: Option<<Self::Block as BlockT>::Hash>,
		invalid_tx_errors: TxInvalidityReportMap<TxHash<Self>>,
	) -> Vec<Arc<Self::InPoolTransaction>> {
		// The block builder reports what it could not include, with the reason.
		for error in invalid_tx_errors.values().flatten() {
			if is_free_tier_refusal(error) {
				self.refusals.count("block");
			}
		}
		self.inner.report_invalid(at, invalid_tx_errors).await
	}

	fn futures(&self) -> Vec<Self::InPoolTransaction> {
		self.inner.futures()
	}

	fn status(&self) -> PoolStatus {
		self.inner.status()
	}

	fn import_notification_stream(&self) -> ImportNotificationStream<TxHash<Self>> {
		self.inner.import_notification_stream()
	}

	fn on_broadcasted(&self, propagations: HashMap<TxHash<Self>, Vec<String>>) {
		self.inner.on_broadcasted(propagations)
	}

	fn hash_of(&self, xt: &TransactionFor<Self>) -> TxHash<Self> {
		self.inner.hash_of(xt)
	}

	fn ready_transaction(&self, hash: &TxHash<Self>) -> Option<Arc<Self::InPoolTransaction>> {
		self.inner.ready_transaction(hash)
	}

	async fn ready_at_with_timeout(
		&self,
		at: <Self::Block as BlockT>::Hash,
		timeout: std::time::Duration,
	) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		self.inner.ready_at_with_timeout(at, timeout).await
	}
}

#[async_trait]
impl<P: MaintainedTransactionPool> MaintainedTransactionPool for CountingPool<P> {
	async fn maintain(&self, event: ChainEvent<Self::Block>) {
		self.inner.maintain(event).await
	}
}

impl<P: LocalTransactionPool + TransactionPool> LocalTransactionPool for CountingPool<P> {
	type Block = <P as LocalTransactionPool>::Block;
	type Hash = <P as LocalTransactionPool>::Hash;
	type Error = <P as LocalTransactionPool>::Error;

	/// Local submissions (offchain workers, GRANDPA's equivocation reports) are the node's own:
	/// not counted.
	fn submit_local(
		&self,
		at: <Self::Block as BlockT>::Hash,
		xt: LocalTransactionFor<Self>,
	) -> Result<Self::Hash, Self::Error> {
		self.inner.submit_local(at, xt)
	}
}
